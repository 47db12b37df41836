/**
 * The version of the privacy guide a consent is for. Bump it when the guide changes in substance:
 * everyone is asked again. No imports, so Node-side tests can read it too.
 */
export const PRIVACY_GUIDE_VERSION = '2025-11-29';
