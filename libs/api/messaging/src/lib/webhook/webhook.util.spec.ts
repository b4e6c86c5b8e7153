import { classify, metaMessages, normalizeKeyword, twilioMessages } from './webhook-payload.util';
import {
  metaSignature,
  twilioSignature,
  verifyMetaSignature,
  verifyTwilioSignature,
} from './webhook-signature.util';

const KEYWORDS = { optOut: ['STOP', 'ABMELDEN'], confirm: ['JA', 'YES'] };

describe('webhook payloads', () => {
  it.each([
    [{ text: 'STOP', payload: null }, 'OPT_OUT'],
    [{ text: '  stop \n', payload: null }, 'OPT_OUT'],
    [{ text: 'Abmelden', payload: null }, 'OPT_OUT'],
    [{ text: null, payload: 'stop' }, 'OPT_OUT'],
    [{ text: 'Ja', payload: null }, 'CONFIRMATION'],
    [{ text: 'Bitte nicht STOP', payload: null }, 'MESSAGE'],
    [{ text: 'Hallo', payload: null }, 'MESSAGE'],
  ] as const)('classifies %j as %s', (message, kind) => {
    expect(classify(message, KEYWORDS)).toBe(kind);
  });

  it('normalizes case, whitespace and German letters', () => {
    expect(normalizeKeyword(' abbestellen  ')).toBe('ABBESTELLEN');
    expect(normalizeKeyword('stoß')).toBe('STOSS');
  });

  it("reads Meta's text, button and interactive messages and skips statuses", () => {
    const body = {
      object: 'whatsapp_business_account',
      entry: [
        {
          changes: [
            {
              field: 'messages',
              value: {
                messages: [
                  {
                    from: '4915100000001',
                    id: 'wamid.A',
                    timestamp: '1700000000',
                    type: 'text',
                    text: { body: 'STOP' },
                  },
                  {
                    from: '4915100000002',
                    id: 'wamid.B',
                    type: 'button',
                    button: { payload: 'JA', text: 'Ja' },
                  },
                  {
                    from: '4915100000003',
                    id: 'wamid.C',
                    type: 'interactive',
                    interactive: { type: 'button_reply', button_reply: { id: 'STOP', title: 'Abmelden' } },
                  },
                ],
                statuses: [{ id: 'wamid.S', status: 'read' }],
              },
            },
          ],
        },
      ],
    };
    expect(metaMessages(body)).toEqual([
      {
        messageId: 'wamid.A',
        from: '+4915100000001',
        messageAt: '2023-11-14T22:13:20.000Z',
        text: 'STOP',
        payload: null,
      },
      { messageId: 'wamid.B', from: '+4915100000002', messageAt: null, text: null, payload: 'JA' },
      { messageId: 'wamid.C', from: '+4915100000003', messageAt: null, text: null, payload: 'STOP' },
    ]);
    expect(metaMessages({ entry: 'nonsense' })).toEqual([]);
    expect(metaMessages(null)).toEqual([]);
  });

  it("reads Twilio's form parameters", () => {
    expect(twilioMessages({ MessageSid: 'SM1', From: 'whatsapp:+4915100000001', Body: 'Stop' })).toEqual([
      { messageId: 'SM1', from: '+4915100000001', messageAt: null, text: 'Stop', payload: null },
    ]);
    expect(twilioMessages({ Body: 'Stop' })).toEqual([]);
  });
});

describe('webhook signatures', () => {
  it("matches Twilio's documented example", () => {
    // https://www.twilio.com/docs/usage/security#validating-requests
    const params = {
      CallSid: 'CA1234567890ABCDE',
      Caller: '+12349013030',
      Digits: '1234',
      From: '+12349013030',
      To: '+18005551212',
    };
    expect(twilioSignature('12345', 'https://mycompany.com/myapp.php?foo=1&bar=2', params)).toBe(
      '0/KCTR6DLpKmkAf8muzZqo1nDgQ=',
    );
  });

  it('accepts the right signature and refuses a wrong, changed or missing one', () => {
    const body = Buffer.from('{"entry":[]}');
    const header = metaSignature('app-secret', body);
    expect(verifyMetaSignature('app-secret', body, header)).toBe(true);
    expect(verifyMetaSignature('other-secret', body, header)).toBe(false);
    expect(verifyMetaSignature('app-secret', Buffer.from('{"entry":[1]}'), header)).toBe(false);
    expect(verifyMetaSignature('app-secret', body, undefined)).toBe(false);
    expect(verifyMetaSignature('app-secret', body, 'sha256=00')).toBe(false);
    const params = { Body: 'STOP', MessageSid: 'SM1' };
    const twilio = twilioSignature('token', 'https://k.example/hooks/whatsapp/1', params);
    expect(verifyTwilioSignature('token', 'https://k.example/hooks/whatsapp/1', params, twilio)).toBe(true);
    expect(verifyTwilioSignature('token', 'https://k.example/hooks/whatsapp/2', params, twilio)).toBe(false);
    expect(
      verifyTwilioSignature('token', 'https://k.example/hooks/whatsapp/1', { ...params, Body: 'JA' }, twilio),
    ).toBe(false);
  });
});
