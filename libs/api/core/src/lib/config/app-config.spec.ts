import { ConfigError, loadConfig } from './app-config';

describe(loadConfig.name, () => {
  it('applies defaults', () => {
    const sut = loadConfig({});
    expect(sut.PORT).toBe(3000);
    expect(sut.DATA_DIR).toBe('.data');
    expect(sut.DATABASE_URL).toBeUndefined();
  });

  it('rejects a bad value with a message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000', DATABASE_URL: 'not a url' })).toThrow(
      /PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/,
    );
  });
});
