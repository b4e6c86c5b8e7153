// Deliberately loose: the server decides; this only catches obvious typos before submitting.
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// Mirrors the api's minimum so the common mistake is caught before a round trip.
export const PASSWORD_MIN_LENGTH = 12;
