import type { SqlExecutor } from './driver.js';

/** A Plt./Plh. delegation grant, as recorded in `sop_delegation`. Times are epoch ms. */
export interface Grant {
  readonly grantId: number;
  /** Who may act. */
  readonly user: string;
  /** The role acted for. */
  readonly role: string;
  readonly as: 'plt' | 'plh';
  /** The number of the Surat Keputusan. */
  readonly sk: string;
  /** Valid from this instant … */
  readonly from: number;
  /** … up to (not including) this one. */
  readonly to: number;
  readonly grantedBy: string;
  readonly grantedAt: number;
  /** When it was revoked, if it was: from then on it backs no event. */
  readonly revokedAt: number | null;
  readonly revokedBy: string | null;
  readonly revokeReason: string | null;
}

/** A `sop_delegation` row as the driver returns it. @internal */
export interface GrantRow {
  grant_id: number;
  user_id: string;
  role: string;
  kind: 'plt' | 'plh';
  sk_number: string;
  valid_from: Date | string;
  valid_to: Date | string;
  granted_by: string;
  granted_at: Date | string;
  revoked_at: Date | string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

const ms = (v: Date | string): number => (v instanceof Date ? v.getTime() : Date.parse(v));

/** A driver row as a {@link Grant}. @internal */
export function grantOf(r: GrantRow): Grant {
  return {
    grantId: r.grant_id,
    user: r.user_id,
    role: r.role,
    as: r.kind,
    sk: r.sk_number,
    from: ms(r.valid_from),
    to: ms(r.valid_to),
    grantedBy: r.granted_by,
    grantedAt: ms(r.granted_at),
    revokedAt: r.revoked_at === null ? null : ms(r.revoked_at),
    revokedBy: r.revoked_by,
    revokeReason: r.revoke_reason,
  };
}

/**
 * The SQL condition of a grant active at `$at` and still unrevoked when the attempt is
 * recorded (`$recorded`): a revoked grant backs no event written after its revocation, even
 * one dated before it.
 */
const ACTIVE = 'valid_from <= $AT AND valid_to > $AT AND (revoked_at IS NULL OR (revoked_at > $AT AND revoked_at > $REC))';

/** The grant that lets `user` act for `role` as `kind` at `at`, if any. @internal */
export async function activeGrant(db: SqlExecutor, user: string, role: string, kind: string, at: number, recordedAt: number): Promise<Grant | undefined> {
  const rows = await db.query<GrantRow>(
    `SELECT * FROM sop_delegation WHERE user_id = $1 AND role = $2 AND kind = $3 AND ${ACTIVE.replaceAll('$AT', '$4').replaceAll('$REC', '$5')}
     ORDER BY valid_from DESC, grant_id DESC LIMIT 1`,
    [user, role, kind, new Date(at).toISOString(), new Date(recordedAt).toISOString()],
  );
  return rows[0] === undefined ? undefined : grantOf(rows[0]);
}

/** Every grant of `user` active at `at`. @internal */
export async function activeGrantsOf(db: SqlExecutor, user: string, at: number): Promise<Grant[]> {
  const rows = await db.query<GrantRow>(
    `SELECT * FROM sop_delegation WHERE user_id = $1 AND ${ACTIVE.replaceAll('$AT', '$2').replaceAll('$REC', '$2')} ORDER BY role, grant_id`,
    [user, new Date(at).toISOString()],
  );
  return rows.map(grantOf);
}
