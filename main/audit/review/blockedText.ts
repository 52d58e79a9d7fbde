// Why a review apply is refused, worded once so the app and the CLI say the same thing.
import { plural, verb } from '../../../shared/text/plural';

export function blockedDecisionsText(n: number): string {
  return `${plural(n, 'decision')} ${verb(n, 'is', 'are')} blocked or ${verb(n, 'has', 'have')} errors`;
}
