import { render, screen } from '@testing-library/react';
import { AuditFilterForm } from '@/components/admin/audit/audit-filter-form';
import adminAudit from '@/messages/ms/admin-audit.json';
import common from '@/messages/ms/common.json';

const f = adminAudit.filter;
const LABELS = {
  legend: f.legend,
  action: f.action,
  actor: f.actor,
  actorHint: f.actorHint,
  target: f.target,
  from: f.from,
  to: f.to,
  dateHint: f.dateHint,
  submit: f.submit,
  clear: f.clear,
  errorTitle: common.errorSummary.title,
  errorPrefix: common.errorSummary.prefix,
  titlePrefixError: common.titlePrefixError,
};

test('a GET form to the page itself, every field labelled and filled back', () => {
  const { container } = render(
    <AuditFilterForm
      action="/admin/log-audit"
      values={{ action: 'auth.login', actor: 'ST0001', from: '2026-03-02' }}
      errors={{}}
      actionOptions={[
        { value: '', label: f.anyAction },
        { value: 'auth.login', label: 'Log masuk' },
      ]}
      labels={LABELS}
    />,
  );
  const form = container.querySelector('form')!;
  expect(form).toHaveAttribute('method', 'get');
  expect(form).toHaveAttribute('action', '/admin/log-audit');
  expect(screen.getByRole('combobox', { name: f.action })).toHaveValue('auth.login');
  expect(screen.getByRole('textbox', { name: f.actor })).toHaveValue('ST0001');
  expect(screen.getByLabelText(f.from)).toHaveAttribute('type', 'date');
  expect(screen.getByLabelText(f.from)).toHaveValue('2026-03-02');
  expect(screen.getByRole('link', { name: f.clear })).toHaveAttribute('href', '/admin/log-audit');
  expect(screen.queryByRole('region')).toBeNull();
});

test('an unreadable date is named beside its field and in the summary', () => {
  render(
    <AuditFilterForm
      action="/admin/log-audit"
      values={{ to: '2026-02-30' }}
      errors={{ to: f.errors.date }}
      actionOptions={[{ value: '', label: f.anyAction }]}
      labels={LABELS}
    />,
  );
  expect(screen.getByRole('region', { name: common.errorSummary.title })).toHaveFocus();
  expect(screen.getByRole('link', { name: f.errors.date })).toHaveAttribute('href', '#to');
  expect(screen.getByLabelText(f.to)).toHaveAttribute('aria-invalid', 'true');
});
