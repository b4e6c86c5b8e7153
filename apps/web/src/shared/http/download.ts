import { tokenStore } from '../auth/token-store';

/** The session's access token for the REST endpoints (file streams) that GraphQL does not cover. */
export const authHeaders = (): Record<string, string> => {
  const token = tokenStore.get();
  return token ? { authorization: `Bearer ${token}` } : {};
};

/**
 * Fetches an authenticated file and hands it to the browser as a download (name from Content-Disposition). With a
 * `body`, a POST of it as JSON (what must not go into a URL, e.g. a phone number).
 */
export const downloadFile = async (url: string, fallbackName: string, body?: unknown): Promise<void> => {
  const response = await fetch(url, {
    credentials: 'same-origin',
    ...(body === undefined
      ? { headers: authHeaders() }
      : {
          method: 'POST',
          headers: { ...authHeaders(), 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
  });
  if (!response.ok) throw new Error(`Download failed (${response.status})`);
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const blobUrl = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = blobUrl;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(blobUrl), 10_000);
};
