import enCommon from '@/messages/en/common.json';
import msCommon from '@/messages/ms/common.json';
import type { Locale } from '@/lib/i18n/locales';
import { CalloutBox, type CalloutBoxProps } from './callout-box';

export type { CalloutVariant } from './callout-box';

export type CalloutProps = Omit<CalloutBoxProps, 'prefix'> & {
  /** Language of the hidden prefix ("Amaran:"). */
  locale: Locale;
};

/** A callout whose hidden prefix comes from the common strings of `locale` (only those ship to a browser). */
export function Callout({ locale, variant = 'info', ...rest }: CalloutProps) {
  const prefix = (locale === 'en' ? enCommon : msCommon).callout[variant];
  return <CalloutBox variant={variant} prefix={prefix} {...rest} />;
}
