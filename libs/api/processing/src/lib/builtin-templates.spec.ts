import { builtInTemplate, builtInTemplateId, BUILT_IN_TEMPLATES, prefilledRecord } from './builtin-templates';
import { changedFields } from './processing.util';

const platform = BUILT_IN_TEMPLATES.find((t) => t.key === 'whatsapp-platform');
const app = BUILT_IN_TEMPLATES.find((t) => t.key === 'whatsapp-business-app');
if (!platform || !app) throw new Error('built-in templates missing');

const euBsp = {
  id: 'bsp-eu',
  name: 'EU Messaging GmbH',
  hostingRegion: 'EU' as const,
  transferMechanism: 'NONE' as const,
};
const usBsp = {
  id: 'bsp-us',
  name: 'US Chat Inc.',
  hostingRegion: 'THIRD_COUNTRY' as const,
  transferMechanism: 'DATA_PRIVACY_FRAMEWORK' as const,
};

describe(prefilledRecord.name, () => {
  it('names Meta and each Platform account’s BSP once, with the third-country BSP’s transfer', () => {
    const sut = prefilledRecord(platform, 'DE', [
      { variant: 'BUSINESS_PLATFORM', bsp: euBsp },
      { variant: 'BUSINESS_PLATFORM', bsp: euBsp },
      { variant: 'BUSINESS_PLATFORM', bsp: usBsp },
      { variant: 'BUSINESS_APP', bsp: null },
    ]);
    expect(sut.recipients.map((r) => [r.name, r.region, r.bspId])).toEqual([
      ['Meta Platforms Ireland Ltd.', 'EU', null],
      ['EU Messaging GmbH', 'EU', 'bsp-eu'],
      ['US Chat Inc.', 'THIRD_COUNTRY', 'bsp-us'],
    ]);
    expect(sut.transfers).toEqual([
      { recipient: 'Meta Platforms, Inc.', country: 'US', mechanism: 'DATA_PRIVACY_FRAMEWORK' },
      { recipient: 'US Chat Inc.', country: '', mechanism: 'DATA_PRIVACY_FRAMEWORK' },
    ]);
    expect(sut.whatsAppVariants).toEqual(['BUSINESS_PLATFORM']);
  });

  it('takes no BSP into the Business App template, and speaks English when asked', () => {
    const sut = prefilledRecord(app, 'EN', [{ variant: 'BUSINESS_PLATFORM', bsp: euBsp }]);
    expect(sut.recipients.map((r) => r.name)).toEqual(['Meta Platforms Ireland Ltd.']);
    expect(sut.name).toBe('WhatsApp Business App customer service');
    expect(sut.dataCategories).toContain('Phone number');
  });

  it('finds templates by id only with a known key and language', () => {
    expect(builtInTemplate(builtInTemplateId('whatsapp-marketing', 'EN'))?.language).toBe('EN');
    expect(builtInTemplate('builtin:whatsapp-marketing:fr')).toBeNull();
    expect(builtInTemplate('custom:whatsapp-marketing:de')).toBeNull();
    expect(builtInTemplate('builtin:nope:de')).toBeNull();
  });
});

describe(changedFields.name, () => {
  it('ignores key order (jsonb reorders keys) and names the fields that differ', () => {
    const before = prefilledRecord(platform, 'DE', [{ variant: 'BUSINESS_PLATFORM', bsp: euBsp }]);
    const reordered = {
      ...before,
      recipients: before.recipients.map((r) => Object.fromEntries(Object.entries(r).reverse()) as typeof r),
    };
    expect(changedFields(reordered, before)).toEqual([]);
    expect(changedFields(before, { ...before, retention: '' })).toEqual(['retention']);
  });
});
