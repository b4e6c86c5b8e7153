/** The browser's passkey prompt failed or was dismissed (no passkey, cancelled, timed out, not supported). */
export class PasskeyPromptError extends Error {}

/** Runs the browser's passkey prompt; its answer as the JSON string the api takes, or a PasskeyPromptError. */
export const promptPasskey = async (prompt: () => Promise<unknown>): Promise<string> => {
  try {
    return JSON.stringify(await prompt());
  } catch (error) {
    throw new PasskeyPromptError(error instanceof Error ? error.message : 'The passkey prompt failed');
  }
};
