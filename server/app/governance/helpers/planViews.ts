// How a plan item reads on screen.
import { FUNDING, PARTIES, planState, yuan } from '../../../../src/domain/governance';
import type { PlanItemDoc } from '../model';

export function planItemView(item: PlanItemDoc) {
  const state = planState(item.progress);
  return {
    id: item._id,
    year: item.year,
    title: item.title,
    description: item.description,
    party: item.party,
    partyLabel: PARTIES[item.party],
    owner: item.owner,
    budgetYuan: item.budgetYuan,
    budgetText: yuan(item.budgetYuan),
    funding: item.funding,
    fundingLabel: FUNDING[item.funding],
    milestones: item.milestones,
    progress: item.progress,
    state: state.code,
    stateLabel: state.label,
    followers: item.followers,
    version: item.version,
    updatedAt: item.updatedAt,
  };
}
