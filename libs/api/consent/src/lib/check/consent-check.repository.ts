import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@klarsicht/api-core';
import type { ConsentPurpose, ConsentStatus } from '../consent.enums';

export type CheckRow = {
  status: ConsentStatus | null;
  since: Date | null;
  text_version_id: string | null;
};

// One row per blind index, in the order given (WITH ORDINALITY), found or not.
const CHECK_SQL = `SELECT r.status, r.text_version_id,
       CASE r.status WHEN 'CONFIRMED' THEN r.confirmed_at WHEN 'WITHDRAWN' THEN r.withdrawn_at
                     WHEN 'PENDING' THEN r.requested_at ELSE r.updated_at END AS since
  FROM unnest($2::text[]) WITH ORDINALITY AS n(phone_index, ord)
  LEFT JOIN consent_subject s ON s.client_id = $1 AND s.phone_index = n.phone_index
  LEFT JOIN consent_record r ON r.subject_id = s.id AND r.purpose = $3
 ORDER BY n.ord`;

/** The consent check of the shops' sending code: a hot read, one prepared statement for 1 or 1,000 numbers. */
@Injectable()
export class ConsentCheckRepository {
  statuses(
    ctx: RequestContext,
    clientId: string,
    phoneIndexes: readonly string[],
    purpose: ConsentPurpose,
  ): Promise<CheckRow[]> {
    return ctx.prepared<CheckRow>(CHECK_SQL, [clientId, phoneIndexes, purpose]);
  }
}
