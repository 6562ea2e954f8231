import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { EnrolmentForm } from '@/components/admin/factor/enrolment-form';
import type { FactorFormMessages } from '@/components/admin/factor/messages';
import { VerifyForm } from '@/components/admin/factor/verify-form';
import {
  initialConfirmEnrolmentState,
  initialVerifyFactorState,
  type ConfirmEnrolmentState,
  type VerifyFactorState,
} from '@/lib/admin/factor-form-state';
import common from '@/messages/ms/common.json';
import factor from '@/messages/ms/admin-factor.json';
import { formCommon } from '@/lib/i18n/messages';

const TITLE = 'PENGESAHAN DUA FAKTOR — ECOS Suruhanjaya Tenaga';
const messages: FactorFormMessages = {
  adminFactor: { factor: factor.factor },
  common: formCommon('ms'),
};
const view = { imageSrc: 'data:image/svg+xml;base64,PHN2Zy8+', groupedSecret: 'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP' };
const CODES = Array.from({ length: 10 }, (_, i) => `ABCD-EFGH-JKMN-PQ${String.fromCharCode(82 + i)}${i}`);

describe('EnrolmentForm', () => {
  it('shows the QR code with alt text, the secret as grouped text for whoever cannot scan, and a labelled code field', () => {
    render(
      <EnrolmentForm
        action={jest.fn()}
        initialState={initialConfirmEnrolmentState}
        view={view}
        loginId="PEG001"
        locale="ms"
        documentTitle={TITLE}
        messages={messages}
      />,
    );
    expect(screen.getByRole('img', { name: factor.factor.qrAlt })).toHaveAttribute('src', view.imageSrc);
    expect(screen.getByTestId('totp-secret')).toHaveTextContent(view.groupedSecret);
    expect(screen.getByText('Akaun: PEG001')).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: factor.factor.code });
    expect(field).toHaveAttribute('autocomplete', 'one-time-code');
    expect(field).toHaveAttribute('inputmode', 'numeric');
    expect(document.title).toBe(TITLE);
  });

  it('a refused code: the message beside the field and in the summary, "Ralat: " in the title, the QR code still there', () => {
    const state: ConfirmEnrolmentState = {
      status: 'error',
      attempt: 1,
      values: {},
      errors: { code: [{ key: 'adminFactor.factor.errors.locked', vars: { until: '30/11/2026 14:15' } }] },
    };
    render(
      <EnrolmentForm
        action={jest.fn()}
        initialState={state}
        view={view}
        loginId="PEG001"
        locale="ms"
        documentTitle={TITLE}
        messages={messages}
      />,
    );
    const text = 'Terlalu banyak kod yang salah. Akaun anda dikunci sehingga 30/11/2026 14:15.';
    expect(screen.getByRole('textbox', { name: factor.factor.code })).toHaveAccessibleDescription(expect.stringContaining(text));
    expect(screen.getByRole('link', { name: text })).toHaveAttribute('href', '#code');
    expect(document.title).toBe(`Ralat: ${TITLE}`);
    expect(screen.getByRole('img', { name: factor.factor.qrAlt })).toBeInTheDocument();
  });

  it('once confirmed: the 10 recovery codes, the warning to keep them, the way on to Pentadbiran, and no secret', async () => {
    const action = jest.fn(async (): Promise<ConfirmEnrolmentState> => ({
      status: 'enrolled',
      attempt: 1,
      values: {},
      errors: {},
      recoveryCodes: CODES,
    }));
    render(
      <EnrolmentForm
        action={action}
        initialState={initialConfirmEnrolmentState}
        view={view}
        loginId="PEG001"
        locale="ms"
        messages={messages}
      />,
    );
    fireEvent.change(screen.getByRole('textbox', { name: factor.factor.code }), { target: { value: '123 456' } });
    fireEvent.click(screen.getByRole('button', { name: factor.factor.confirm }));
    const heading = await screen.findByRole('heading', { name: factor.factor.codesTitle });
    await waitFor(() => expect(heading).toHaveFocus());
    expect((action.mock.calls[0] as unknown[])[1]).toBeInstanceOf(FormData);
    const list = screen.getByRole('list', { name: factor.factor.codesListLabel });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(CODES);
    expect(screen.getByText(factor.factor.codesKeep)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: factor.factor.continue })).toHaveAttribute('href', '/admin');
    expect(screen.queryByTestId('totp-secret')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('VerifyForm', () => {
  const renderVerify = (state: VerifyFactorState, next: string | null = null) =>
    render(<VerifyForm action={jest.fn()} initialState={state} next={next} documentTitle={TITLE} messages={messages} />);

  it('one field for a 6-digit code or a recovery code, and where to go when the phone is lost', () => {
    const { container } = renderVerify(initialVerifyFactorState, '/admin/pengguna');
    const field = screen.getByRole('textbox', { name: factor.factor.verifyCode });
    expect(field).toHaveAccessibleDescription(factor.factor.verifyHint);
    expect(field).not.toHaveAttribute('inputmode', 'numeric');
    expect(container.querySelector('input[name="next"]')).toHaveValue('/admin/pengguna');
    expect(screen.getByText(factor.factor.lostHelp)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: factor.factor.verify })).toBeInTheDocument();
  });

  it.each([
    ['adminFactor.factor.errors.wrong', factor.factor.errors.wrong],
    ['adminFactor.factor.errors.replayed', factor.factor.errors.replayed],
    ['adminFactor.factor.errors.verifyFormat', factor.factor.errors.verifyFormat],
  ])('%s is shown beside the field and in the summary, which takes focus', (key, text) => {
    renderVerify({ status: 'error', attempt: 2, values: {}, errors: { code: [{ key }] } });
    expect(screen.getByRole('textbox', { name: factor.factor.verifyCode })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: factor.factor.verifyCode })).toHaveAccessibleDescription(expect.stringContaining(text));
    expect(screen.getByRole('region', { name: common.errorSummary.title })).toHaveFocus();
    expect(document.title).toBe(`Ralat: ${TITLE}`);
  });

  it('a refused request (not an officer, session ended) is said in the summary', () => {
    renderVerify({ status: 'error', attempt: 1, values: {}, errors: {}, problem: { key: 'adminFactor.factor.errors.refused' } });
    expect(screen.getByRole('region', { name: common.errorSummary.title })).toHaveTextContent(factor.factor.errors.refused);
  });
});
