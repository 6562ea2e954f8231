/**
 * The one header through which the project's own start script (server.mjs) hands the TCP peer address of
 * each request to the application. Next.js passes a client's X-Forwarded-For through as sent, so only the
 * wrapper of Next's request handler knows who is really connected. The start script deletes any copy a
 * client sent before writing its own; PEER_ADDRESS_MARK tells the application that it did.
 */
export const PEER_ADDRESS_HEADER = 'x-ecos-peer-address';
export const PEER_ADDRESS_MARK = 'ECOS_PEER_ADDRESS_HEADER';
