/**
 * The custom server writes the peer address here (replacing anything a client sent), so
 * route handlers can rate-limit by it.
 */
export const CLIENT_ADDRESS_HEADER = 'x-quickcode-client-address';
