/** Largest source a submission may carry (64 KiB, measured in UTF-8 bytes). */
export const MAX_CODE_BYTES = 64 * 1024;
/** Largest single custom test a user may type. */
export const MAX_TEST_BYTES = 64 * 1024;
/** Most custom tests one run may carry. */
export const MAX_CUSTOM_TESTS = 20;
/** Largest WebSocket frame the gateway accepts. */
export const MAX_WS_MESSAGE_BYTES = 256 * 1024;
/** Deepest nesting of arrays and objects a JSON request body or WebSocket message may have. */
export const MAX_JSON_DEPTH = 32;
