import { AppError, conflict, notFound } from '@klarsicht/api-core';
import { stubOf, testContext } from '@klarsicht/api-core/testing';
import {
  ConsentErasureService,
  ConsentProofService,
  ConsentRecordService,
  ConsentVault,
} from '@klarsicht/api-consent';
import { DataSubjectRequestActionsService } from './data-subject-request-actions.service';
import { DataSubjectRequestRepository, type RequestRow } from './data-subject-request.repository';
import { DataSubjectRequestService } from './data-subject-request.service';

const REQUEST: RequestRow = {
  id: 'r1',
  client_id: 'c1',
  client_name: 'Metzgerei Huber',
  type: 'ERASURE',
  channel: 'EMAIL',
  received_at: new Date('2027-01-10T10:00:00Z'),
  description: '',
  phone_masked: '+49 151 ••••789',
  phone_encrypted: Buffer.from('sealed'),
  contact_encrypted: null,
  identity_status: 'VERIFIED',
  federal_state: 'BY',
  period_end_on: '2027-02-10',
  due_on: '2027-02-10',
  due_at: new Date('2027-02-10T22:59:59.999Z'),
  overdue: false,
  extension_months: 0,
  extension_reason: null,
  extended_at: null,
  status: 'OPEN',
  responded_at: null,
  response_note: null,
  created_at: new Date('2027-01-10T10:00:00Z'),
};

const setup = (request: Partial<RequestRow> = {}, phone: string | null = '+4915123456789') => {
  const requests = stubOf(DataSubjectRequestService);
  requests.require.mockResolvedValue({ ...REQUEST, ...request });
  const rows = stubOf(DataSubjectRequestRepository);
  rows.insertAction.mockImplementation(async (_ctx, _request, values) => ({
    id: 'a1',
    performed_at: new Date(),
    ...values,
  }));
  const vault = stubOf(ConsentVault);
  vault.openPhone.mockReturnValue(phone);
  const proofs = stubOf(ConsentProofService);
  const erasure = stubOf(ConsentErasureService);
  const records = stubOf(ConsentRecordService);
  const sut = new DataSubjectRequestActionsService(requests, rows, vault, proofs, erasure, records);
  return { sut, rows, proofs, erasure, records };
};

describe(DataSubjectRequestActionsService.name, () => {
  it('records a legal hold as BLOCKED with its reason, and audits it', async () => {
    const { sut, erasure, rows } = setup();
    erasure.erase.mockRejectedValue(conflict('A legal hold blocks erasure: Gerichtsverfahren'));
    const ctx = testContext();
    const result = await sut.run(ctx, 'r1', 'ERASE_CONSENT_DATA');
    expect(result.action).toEqual(
      expect.objectContaining({
        outcome: 'BLOCKED',
        detail: 'A legal hold blocks erasure: Gerichtsverfahren',
      }),
    );
    expect(erasure.erase).toHaveBeenCalledWith(ctx, { clientId: 'c1', phoneNumber: '+4915123456789' });
    expect(rows.insertAction).toHaveBeenCalledTimes(1);
    expect(ctx.audit).toHaveBeenCalledWith(
      expect.objectContaining({ action: 'data_subject_request.action_run', entityId: 'r1', clientId: 'c1' }),
    );
  });

  it('records an unknown person as NO_DATA', async () => {
    const { sut, erasure } = setup();
    erasure.erase.mockRejectedValue(notFound());
    expect((await sut.run(testContext(), 'r1', 'ERASE_CONSENT_DATA')).action.outcome).toBe('NO_DATA');
  });

  it('lets other errors through and records nothing (a role without consent erasure gets FORBIDDEN)', async () => {
    const { sut, erasure, rows } = setup();
    erasure.erase.mockRejectedValue(new AppError('FORBIDDEN', 'Forbidden'));
    await expect(sut.run(testContext(), 'r1', 'ERASE_CONSENT_DATA')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(rows.insertAction).not.toHaveBeenCalled();
  });

  it.each<[string, Partial<RequestRow>, string | null]>([
    ['the identity is not verified', { identity_status: 'PENDING' }, '+4915123456789'],
    ['the request is closed', { status: 'COMPLETED' }, '+4915123456789'],
    ['the action does not answer the type', { type: 'ACCESS' }, '+4915123456789'],
    ['there is no phone number', { phone_encrypted: null }, null],
  ])('refuses with CONFLICT when %s', async (_label, request, phone) => {
    const { sut, erasure } = setup(request, phone);
    await expect(sut.run(testContext(), 'r1', 'ERASE_CONSENT_DATA')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(erasure.erase).not.toHaveBeenCalled();
  });

  it('withdraws MARKETING only for an objection, NO_DATA when there was none', async () => {
    const { sut, records } = setup({ type: 'OBJECTION' });
    records.withdraw.mockResolvedValueOnce([]);
    expect((await sut.run(testContext(), 'r1', 'WITHDRAW_MARKETING')).action.outcome).toBe('NO_DATA');
    expect(records.withdraw).toHaveBeenCalledWith(expect.anything(), {
      clientId: 'c1',
      phoneNumber: '+4915123456789',
      purposes: ['MARKETING'],
      source: 'API',
    });
  });
});
