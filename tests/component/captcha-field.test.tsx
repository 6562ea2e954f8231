import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CaptchaField } from '@/components/captcha/captcha-field';
import type { CaptchaChallenge } from '@/lib/captcha';
import ms from '@/messages/ms/captcha.json';

const first: CaptchaChallenge = {
  provider: 'builtin',
  id: '11111111-1111-4111-8111-111111111111',
  image: 'data:image/svg+xml;base64,Zmlyc3Q=',
  question: 'Berapakah tiga tambah empat? (jawab dengan nombor)',
};
const second: CaptchaChallenge = {
  provider: 'builtin',
  id: '22222222-2222-4222-8222-222222222222',
  image: 'data:image/svg+xml;base64,c2Vjb25k',
  question: 'Berapakah lima tambah dua? (jawab dengan nombor)',
};

function renderInForm(challenge: CaptchaChallenge, error?: string) {
  const { container } = render(
    <form>
      <CaptchaField challenge={challenge} error={error} labels={ms} />
    </form>,
  );
  return container;
}

afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
});

test('builtin: the answer box is labelled as requirements §1.3 says, with the picture and the question for those who cannot see it', () => {
  const container = renderInForm(first);
  const input = screen.getByLabelText('Sila masukkan kod di bawah');
  expect(input).toHaveAttribute('name', 'captcha_answer');
  expect(input).not.toHaveAttribute('aria-invalid');
  const image = screen.getByAltText('Kod keselamatan bergambar. Jika anda tidak dapat melihatnya, jawab soalan di bawah.');
  expect(image).toHaveAttribute('src', first.image);
  expect(screen.getByText(first.question)).toBeVisible();
  // A screen reader hears how to answer, including the question, when it reaches the box.
  expect(input).toHaveAccessibleDescription(expect.stringContaining(first.question));
  expect(container.querySelector('input[type=hidden][name=captcha_id]')).toHaveValue(first.id);
});

test('builtin: an error is announced with the box and marks it invalid', () => {
  renderInForm(first, ms.errors.wrong);
  const input = screen.getByLabelText('Sila masukkan kod di bawah');
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input.getAttribute('aria-describedby')).toContain('captcha_answer-error');
  expect(document.getElementById('captcha_answer-error')).toHaveTextContent(`Ralat: ${ms.errors.wrong}`);
  expect(input).toHaveAccessibleDescription(expect.stringContaining(ms.errors.wrong));
});

test('builtin: without JavaScript the new-code button submits the form with the refresh intent', () => {
  renderInForm(first);
  const button = screen.getByRole('button', { name: 'Dapatkan kod baru' });
  expect(button).toHaveAttribute('type', 'submit');
  expect(button).toHaveAttribute('name', 'intent');
  expect(button).toHaveAttribute('value', 'captcha-refresh');
  expect(button).toHaveAttribute('formnovalidate');
});

test('builtin: with JavaScript the new-code button swaps the challenge in place and says so', async () => {
  // jsdom has no Response: a minimal stand-in for what the component reads.
  const fetchMock = jest.fn(async () => ({ ok: true, status: 200, json: async () => second }));
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  const submitted = jest.fn((event: Event) => event.preventDefault());
  const container = renderInForm(first);
  container.querySelector('form')!.addEventListener('submit', submitted);
  const input = screen.getByLabelText('Sila masukkan kod di bawah') as HTMLInputElement;
  fireEvent.change(input, { target: { value: 'XXXXX' } });

  const button = screen.getByRole('button', { name: 'Dapatkan kod baru' });
  button.focus();
  await act(async () => fireEvent.click(button));

  expect(fetchMock).toHaveBeenCalledWith('/api/captcha', expect.objectContaining({ method: 'POST' }));
  expect(submitted).not.toHaveBeenCalled();
  await waitFor(() => expect(screen.getByText(second.question)).toBeInTheDocument());
  expect(screen.queryByText(first.question)).not.toBeInTheDocument();
  expect(screen.getByRole('img')).toHaveAttribute('src', second.image);
  expect(container.querySelector('input[name=captcha_id]')).toHaveValue(second.id);
  expect(input).toHaveValue('');
  expect(button).toHaveFocus();
  expect(screen.getByText(ms.refreshed)).toHaveAttribute('aria-live', 'polite');
});

test('builtin: when no new code can be had, the user is told and the old one stays', async () => {
  globalThis.fetch = jest.fn(async () => ({ ok: false, status: 429, json: async () => ({}) })) as unknown as typeof fetch;
  renderInForm(first);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Dapatkan kod baru' })));
  await waitFor(() => expect(screen.getByText(ms.refreshFailed)).toHaveAttribute('aria-live', 'polite'));
  expect(screen.getByRole('img')).toHaveAttribute('src', first.image);
});

test('a new challenge from the server (after a submission) replaces the shown one', () => {
  const { rerender } = render(<CaptchaField challenge={first} labels={ms} />);
  rerender(<CaptchaField challenge={second} labels={ms} />);
  expect(screen.getByText(second.question)).toBeInTheDocument();
});

test('test provider: the same labelled box, no picture and no new-code button', () => {
  renderInForm({ provider: 'test' }, ms.errors.required);
  const input = screen.getByLabelText('Sila masukkan kod di bawah');
  expect(input).toHaveAttribute('name', 'captcha_answer');
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).toHaveAccessibleDescription(`Ralat: ${ms.errors.required}`);
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
  expect(screen.queryByRole('button')).not.toBeInTheDocument();
});

test('hcaptcha: a named group with the error, and a focus target for the error summary link', async () => {
  // The widget's code is loaded lazily; let it arrive inside act.
  await act(async () => {
    renderInForm({ provider: 'hcaptcha', siteKey: 'site-key' }, ms.errors.wrong);
    await import('@hcaptcha/react-hcaptcha');
  });
  const group = screen.getByRole('group', { name: ms.hcaptcha.legend });
  expect(group).toHaveAccessibleDescription(`Ralat: ${ms.errors.wrong}`);
  expect(document.getElementById('captcha_answer')).toHaveAttribute('tabindex', '-1');
  expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
});
