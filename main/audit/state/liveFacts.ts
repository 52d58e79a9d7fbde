// The live workspace as facts, read straight from lean table scans: what taking a snapshot and
// diffing against "now" need, without building AccessState objects first. Must produce exactly
// the values stateToFacts(readLiveState()) does (test/main/audit/state checks they agree).
import type { SnapshotsRepo } from '../../db/repos/snapshots';
import type { FactMap } from './facts';

const q = JSON.stringify;
const b = (bit: number) => (bit === 1 ? 'true' : 'false');

export function readLiveFacts(snapshots: SnapshotsRepo): FactMap {
  const live = snapshots.live;
  const facts: FactMap = new Map();
  for (const u of live.users()) facts.set(`user:${u.id}`, `{"email":${q(u.email)},"first":${q(u.first)},"last":${q(u.last)}}`);
  for (const o of live.orgs()) {
    facts.set(`org:${o.id}`, `{"name":${q(o.name)},"phiFeaturesEnabled":${b(o.phi)},"policies":{"memberListVisibility":${q(o.mlv)},"restrictProjectTransfer":${q(o.rpt)}}}`);
  }
  for (const m of live.memberships()) {
    facts.set(`member:${m.org}:${m.user}`, `{"level":${q(m.level)},"allowBillableActivities":${b(m.billable)},"appAccess":${b(m.app)},"projectAccess":${q(m.pa)}}`);
  }
  for (const p of live.projects()) {
    const settings =
      `{"protected":${b(p.protected)},"restricted":${b(p.restricted)},"downloadRestricted":${b(p.download_restricted)},` +
      `"previewViewerRestricted":${b(p.preview_viewer_restricted)},"containsPHI":${b(p.contains_phi)},` +
      `"externalUploadRestricted":${b(p.external_upload_restricted)},"databaseUIViewOnly":${b(p.database_ui_view_only)},` +
      `"databaseResultsRestricted":${p.database_results_restricted === null ? 'null' : String(p.database_results_restricted)}}`;
    facts.set(`project:${p.id}`, `{"name":${q(p.name)},"billTo":${q(p.bill_to)},"settings":${settings}}`);
  }
  for (const g of live.grants()) facts.set(`grant:${g.project}:${g.principal}`, `{"level":${q(g.level)}}`);
  for (const a of live.apps()) facts.set(`app:${a.id}`, `{"name":${q(a.name)},"billTo":${q(a.bill_to)},"published":${b(a.published)}}`);
  for (const d of live.appDevelopers()) facts.set(`appdev:${d.app}:${d.principal}`, '{}');
  for (const x of live.appAuthorizations()) facts.set(`appauth:${x.app}:${x.principal}`, '{}');
  return facts;
}
