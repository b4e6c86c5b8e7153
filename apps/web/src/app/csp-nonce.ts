import { setNonce } from 'get-nonce';

// The api answers index.html with the request's CSP nonce in `<meta name="csp-nonce">` (style-src allows
// `<style>` elements that carry it). Vite's dev server leaves the placeholder and sends no CSP: no nonce then.
const PLACEHOLDER = '__CSP_NONCE__';
const content = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;

export const styleNonce: string | undefined = content && content !== PLACEHOLDER ? content : undefined;

// react-remove-scroll (Mantine's scroll lock under modals and menus) injects its <style> through get-nonce.
if (styleNonce) setNonce(styleNonce);

/** For MantineProvider's `getStyleNonce`: the nonce on every `<style>` tag Mantine renders. */
export const getStyleNonce = styleNonce ? (): string => styleNonce : undefined;
