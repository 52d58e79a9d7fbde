// Pushes a project created offline. /project/new is not safe to repeat, so the create carries
// properties {orgdeskLocalId} and every attempt first looks for a project with that property:
// a create whose reply was lost is found, never made twice. The local ID is then replaced by
// the real one everywhere (project row, grants, outbox targets and payloads) in the same
// transaction that marks the create sent.
import type { OutboxEntry } from '../../../../shared/contract/index';
import { DEFAULT_PROJECT_SETTINGS } from '../../../../shared/domain/index';
import type { EngineContext } from '../context';
import { payloadOf } from '../payloads';
import { readFor, safely, sendCall } from './calls';
import type { Ledger, Sent } from './ledger';

export const LOCAL_ID_PROPERTY = 'orgdeskLocalId';

export async function pushProjectCreate(ctx: EngineContext, ledger: Ledger, entry: OutboxEntry): Promise<{ remapped: boolean }> {
  const p = safely(entry, () => payloadOf(entry, 'project.create'));
  if ('kind' in p) {
    ledger.settle([{ entry, kind: 'fail', message: p.message }]);
    return { remapped: false };
  }
  const localId = p.localId ?? p.id;
  if (p.localId === undefined) ctx.tx(() => ctx.repos.outbox.setPayload(entry.id, { ...entry.payload, localId }));
  const found = await readFor(ledger, [entry], () => ctx.client.findProjects({ properties: { [LOCAL_ID_PROPERTY]: localId } }));
  if (found === null) return { remapped: false };
  const part: Sent = { entry, after: { version: null, settings: DEFAULT_PROJECT_SETTINGS } };
  const remap = () => {
    const to = part.remoteRef;
    if (to === undefined || to === p.id) return;
    ctx.rows.remapProject(p.id, to);
    ctx.repos.outbox.remapProject(p.id, to);
    ctx.remoteValues.remapProject(p.id, to);
  };
  const existing = found.map((f) => f.id).sort()[0];
  if (existing !== undefined) {
    part.remoteRef = existing;
    ledger.sent([part], remap);
  } else {
    const outcome = await sendCall(
      ledger,
      [part],
      async () => {
        const created = await ctx.client.newProject({ name: p.name, billTo: p.billTo, properties: { [LOCAL_ID_PROPERTY]: localId } });
        part.remoteRef = created.id;
      },
      { within: remap },
    );
    if (outcome !== 'ok') return { remapped: false };
  }
  ctx.notifier.touch(['projects', 'orgs', 'members', 'apps']);
  return { remapped: part.remoteRef !== p.id };
}
