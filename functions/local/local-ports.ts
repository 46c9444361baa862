// The local servers' default ports, named once: `npm start` listens on them and the CLI's preview
// message links to the unsubscribe endpoint `npm start` would serve.
export const LOCAL_PORTS = {
  s3: 4569,
  ses: 8005,
  unsubscribe: 3025,
  archive: 3026,
} as const;

/** The unsubscribe link's base URL in local mode, on the given port. */
export const localUnsubscribeUrl = (port: number = LOCAL_PORTS.unsubscribe): string => `http://127.0.0.1:${port}/unsubscribe`;
