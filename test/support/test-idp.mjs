// A real OpenID Connect provider (oidc-provider) for the SSO tests, run as its own process:
//   node test/support/test-idp.mjs '<json: { port, clients: [{ client_id, client_secret, redirect_uris }] }>'
// Accounts: any email; the interaction signs in the account named by `login_hint` at once (no form) and grants
// the requested scopes. An email starting with "unverified" comes with email_verified: false.
// Prints "ready <issuer>" on stdout when it listens.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const { port, clients } = JSON.parse(process.argv[2] ?? '{}');
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: clients.map((c) => ({
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    ...c,
  })),
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  cookies: { keys: ['klarsicht-test-idp'] },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({
      sub: `subject-${id}`,
      email: id,
      email_verified: !id.startsWith('unverified'),
      name: `SSO ${id.split('@')[0]}`,
    }),
  }),
});

for (const event of ['grant.error', 'authorization.error', 'server_error'])
  provider.on(event, (_ctx, error) =>
    process.stderr.write(`${event}: ${error.message} ${error.error_detail ?? ''}\n`),
  );

const handle = provider.callback();
const server = createServer(async (req, res) => {
  if (!req.url?.startsWith('/interaction/')) return handle(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      const accountId = String(details.params.login_hint ?? 'nobody@example.test');
      return await provider.interactionFinished(
        req,
        res,
        { login: { accountId } },
        { mergeWithLastSubmission: false },
      );
    }
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    return await provider.interactionFinished(
      req,
      res,
      { consent: { grantId } },
      { mergeWithLastSubmission: true },
    );
  } catch (error) {
    res.statusCode = 500;
    res.end(String(error));
  }
});
server.listen(port, '127.0.0.1', () => process.stdout.write(`ready ${issuer}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
