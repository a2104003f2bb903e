import type { VehicleError } from '../../core/types.js';
import { useVehicleErrorConfig } from '../config/context.js';
import { useReportShown } from '../hooks/use-report-shown.js';
import { useUiText } from '../i18n/ui-text.js';
import { dismissButton } from './dismiss-button.js';
import type { FrameProps } from './frame-props.js';
import { MessageFrame } from './MessageFrame.js';

/**
 * "Your car is connected again": one polite notice for a RESOLVED webhook event, however many
 * errors it resolves.
 */
export function ResolvedNotice({ error, onDismiss, announce = 'polite', ...frame }: FrameProps & { error: VehicleError }) {
  const config = useVehicleErrorConfig();
  const ui = useUiText();
  useReportShown(error, 'none');
  return (
    <MessageFrame
      {...frame}
      kind="none"
      tone="success"
      state="resolved"
      dir={config.dir}
      lang={config.lng}
      announce={announce}
      title={ui('resolved.title')}
      message={ui('resolved.message')}
      actions={[dismissButton(config, error, 'none', onDismiss, ui)]}
    />
  );
}
