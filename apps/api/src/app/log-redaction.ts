// Public links carry their secret in the path (a consent confirmation or withdrawal, an invitation): the request
// log keeps the route, never the token.
const TOKEN_PATHS = /^\/(consent|invitations)\/[^/?#]+/;

export const redactPathTokens = (url: string | undefined): string | undefined =>
  url?.replace(TOKEN_PATHS, (_match, route: string) => `/${route}/[redacted]`);
