import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';

export type Firm = { token: string; tenantId: string; userId: string; email: string; password: string };

export const STRONG_PASSWORD = 'Klarsicht-Test-Passwort-2026!';

const AUTH_FIELDS = 'accessToken user { id email } tenant { id name } role clientId';

const must = <T>(
  result: { data: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  what: string,
): T => {
  if (!result.data || result.errors?.length)
    throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
  return result.data;
};

/** Signs up a new firm (its own tenant) and returns the owner's access token. */
export const signUpFirm = async (
  app: Pick<TestApp, 'gql'>,
  firmName = `Kanzlei ${randomUUID().slice(0, 8)}`,
): Promise<Firm> => {
  const email = `owner-${randomUUID()}@example.test`;
  const result = await app.gql<{
    signUp: { accessToken: string; user: { id: string }; tenant: { id: string } };
  }>(`mutation ($input: SignUpInput!) { signUp(input: $input) { ${AUTH_FIELDS} } }`, {
    input: { firmName, name: 'Dr. Erika Muster', email, password: STRONG_PASSWORD },
  });
  const { signUp } = must(result, 'signUp');
  return {
    token: signUp.accessToken,
    tenantId: signUp.tenant.id,
    userId: signUp.user.id,
    email,
    password: STRONG_PASSWORD,
  };
};

/** A raw login over HTTP: the response carries the refresh cookie (`set-cookie`). */
export const loginRequest = (
  app: Pick<TestApp, 'url'>,
  email: string,
  password = STRONG_PASSWORD,
): Promise<Response> =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }',
      variables: { i: { email, password } },
    }),
  });

export const createClient = async (
  app: Pick<TestApp, 'gql'>,
  token: string,
  name = `Mandant ${randomUUID().slice(0, 8)}`,
): Promise<string> => {
  const result = await app.gql<{ createClient: { id: string } }>(
    `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
    { input: { name } },
    { token },
  );
  return must(result, 'createClient').createClient.id;
};

/** Invites a member with the given role (bound to `clientId` for client roles), accepts, and returns their token. */
export const addMember = async (
  app: Pick<TestApp, 'gql'>,
  inviterToken: string,
  role: string,
  clientId: string | null = null,
): Promise<{ token: string; userId: string; email: string }> => {
  const email = `member-${randomUUID()}@example.test`;
  const invited = must(
    await app.gql<{ inviteMember: { acceptUrl: string } }>(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { acceptUrl } }`,
      { input: { email, role, clientId } },
      { token: inviterToken },
    ),
    'inviteMember',
  );
  const token = invited.inviteMember.acceptUrl.split('/').pop() ?? '';
  const accepted = must(
    await app.gql<{ acceptInvitation: { accessToken: string; user: { id: string } } }>(
      `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${AUTH_FIELDS} } }`,
      { input: { token, name: `Member ${role}`, password: STRONG_PASSWORD } },
    ),
    'acceptInvitation',
  );
  return { token: accepted.acceptInvitation.accessToken, userId: accepted.acceptInvitation.user.id, email };
};

export const COMPLIANT_PLATFORM_ANSWERS = {
  usedForBusiness: true,
  contactSyncDisabled: true,
  addressBookOnlyConsentingContacts: true,
  profileHasImprint: true,
  profileLinksPrivacyNotice: true,
  privacyNoticeCoversWhatsApp: true,
  doubleOptInDocumented: true,
  sendsMarketing: false,
  separateMarketingConsent: true,
  bspDpaSigned: true,
  dedicatedBusinessDevice: true,
  accountDeletionProcess: true,
} as const;

export const createBsp = async (
  app: Pick<TestApp, 'gql'>,
  token: string,
  input: { name?: string; hostingRegion?: string; transferMechanism?: string; dpaAvailable?: boolean } = {},
): Promise<string> => {
  const result = await app.gql<{ createBsp: { id: string } }>(
    `mutation ($input: CreateBspInput!) { createBsp(input: $input) { id } }`,
    {
      input: {
        name: `BSP ${randomUUID().slice(0, 8)}`,
        hostingRegion: 'EU',
        transferMechanism: 'NONE',
        dpaAvailable: true,
        ...input,
      },
    },
    { token },
  );
  return must(result, 'createBsp').createBsp.id;
};

export const createWhatsAppAccount = async (
  app: Pick<TestApp, 'gql'>,
  token: string,
  input: {
    clientId: string;
    variant: string;
    label?: string;
    bspId?: string | null;
    answers?: Record<string, boolean | null>;
  },
): Promise<string> => {
  const result = await app.gql<{ createWhatsAppAccount: { id: string } }>(
    `mutation ($input: CreateWhatsAppAccountInput!) { createWhatsAppAccount(input: $input) { id } }`,
    { input: { label: 'Hauptnummer', ...input } },
    { token },
  );
  return must(result, 'createWhatsAppAccount').createWhatsAppAccount.id;
};
