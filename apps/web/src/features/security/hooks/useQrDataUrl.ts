import { useEffect, useState } from 'react';

/** The text as a QR code image (data URL); qrcode is loaded only when someone starts the setup. */
export const useQrDataUrl = (text: string | null): string | null => {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!text) return;
    let active = true;
    void import('qrcode')
      .then((qrcode) => qrcode.toDataURL(text, { margin: 1, width: 200, errorCorrectionLevel: 'M' }))
      .then((dataUrl) => {
        if (active) setUrl(dataUrl);
      });
    return () => {
      active = false;
    };
  }, [text]);
  return text ? url : null;
};
