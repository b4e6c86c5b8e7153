import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { tokenStore } from './token-store';

describe('tokenStore', () => {
  afterEach(() => tokenStore.clear());

  it('returns the token that was set', () => {
    tokenStore.set('abc');
    expect(tokenStore.get()).toBe('abc');
  });

  it('notifies subscribers on change and stops after unsubscribe', () => {
    const listener = jest.fn();
    const unsubscribe = tokenStore.subscribe(listener);
    tokenStore.set('one');
    tokenStore.set('one');
    unsubscribe();
    tokenStore.set('two');
    expect(listener.mock.calls).toEqual([['one']]);
  });

  it('clears the token', () => {
    tokenStore.set('abc');
    tokenStore.clear();
    expect(tokenStore.get()).toBeNull();
  });
});
