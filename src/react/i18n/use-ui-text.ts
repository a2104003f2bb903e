import { useMemo } from 'react';
import { useVehicleErrorConfig } from '../config/context.js';
import { createUiText, type UiText } from './ui-text.js';

/** Labels and status lines in the provider's language. */
export function useUiText(): UiText {
  const { t } = useVehicleErrorConfig();
  return useMemo(() => createUiText(t), [t]);
}
