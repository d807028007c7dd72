import { randomFillSync } from "node:crypto";

const ID_BYTES = 12;
const IDS_PER_FILL = 256;

/**
 * `req_` + 12 random bytes in base64url. The bytes come from the CSPRNG in blocks of 256 ids, because one
 * `randomBytes` call per request (a syscall and a buffer each) cost more than the rest of routing a request.
 */
export function createRequestIdGenerator(): () => string {
  const pool = Buffer.alloc(ID_BYTES * IDS_PER_FILL);
  let offset = pool.length;
  return () => {
    if (offset === pool.length) {
      randomFillSync(pool);
      offset = 0;
    }
    const id = pool.toString("base64url", offset, offset + ID_BYTES);
    offset += ID_BYTES;
    return `req_${id}`;
  };
}
