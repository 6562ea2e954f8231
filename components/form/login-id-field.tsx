import { TextField, type TextFieldProps } from './text-field';

export type LoginIdFieldProps = Pick<TextFieldProps, 'label' | 'hint' | 'error' | 'errorPrefix' | 'defaultValue' | 'width'>;

/**
 * Id Pengguna, as LOG MASUK and Lupa Katalaluan ask for it: "username" so a password manager pairs it with
 * the password; capitals and no spell-check, since an id is upper-case letters and digits (requirements §0.3).
 * The canonical form is the server's to make (lib/validation/login-id.ts), so the field takes what is typed.
 */
export function LoginIdField(props: LoginIdFieldProps) {
  return (
    <TextField name="loginId" required autoComplete="username" autoCapitalize="characters" spellCheck={false} maxLength={100} {...props} />
  );
}
