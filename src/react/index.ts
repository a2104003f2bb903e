export { VehicleErrorProvider } from './config/VehicleErrorProvider.js';
export type { UrlForError, VehicleErrorEvent, VehicleErrorProviderProps } from './config/provider-props.js';
export { useVehicleErrorMessage } from './hooks/use-vehicle-error-message.js';
export type { VehicleErrorMessage, VehicleErrorMessageOptions } from './hooks/use-vehicle-error-message.js';
export { useVehicleErrorResolution } from './hooks/use-vehicle-error-resolution.js';
export type {
  ContactSupportResolutionState,
  NoResolutionState,
  ReauthenticateResolutionState,
  RetryResolutionState,
  VehicleErrorResolutionOptions,
  VehicleErrorResolutionState,
} from './hooks/resolution-types.js';
export { useVehicleErrorState } from './hooks/use-vehicle-error-state.js';
export type { VehicleErrorState } from './hooks/use-vehicle-error-state.js';
export { VehicleErrorBanner } from './components/VehicleErrorBanner.js';
export type { VehicleErrorBannerProps } from './components/VehicleErrorBanner.js';
export { VehicleErrorModal } from './components/VehicleErrorModal.js';
export type { VehicleErrorModalProps } from './components/VehicleErrorModal.js';
export { ReconnectPrompt } from './components/ReconnectPrompt.js';
export type { ReconnectPromptProps } from './components/ReconnectPrompt.js';
export type { FrameProps as VehicleErrorFrameProps } from './components/frame-props.js';
export type { Announce as VehicleErrorAnnounce, HeadingLevel as VehicleErrorHeadingLevel } from './components/presentation.js';
