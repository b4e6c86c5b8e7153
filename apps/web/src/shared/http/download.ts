import { tokenStore } from '../auth/token-store';

/** The session's access token for the REST endpoints (file streams) that GraphQL does not cover. */
export const authHeaders = (): Record<string, string> => {
  const token = tokenStore.get();
  return token ? { authorization: `Bearer ${token}` } : {};
};

/** Fetches an authenticated file and hands it to the browser as a download (name from Content-Disposition). */
export const downloadFile = async (url: string, fallbackName: string): Promise<void> => {
  const response = await fetch(url, { headers: authHeaders(), credentials: 'same-origin' });
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
