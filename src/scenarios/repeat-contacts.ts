import { LUMEN_HOME } from './lumen-home';
import type { Scenario } from './types';

/** Two weeks in which one issue type, drawn per variant, drives most repeat contacts. */
export const repeatContacts: Scenario = {
  id: 'repeat-contacts',
  title: 'Why do customers come back?',
  brief:
    'Two weeks of Lumen Home support interactions. A repeat contact is a customer contacting support again after an earlier contact; the repeat column says yes for those.',
  spec: {
    ...LUMEN_HOME,
    interactions: { min: 900, max: 1200 },
    repeatRate: 0.07,
    repeatFactors: {},
    plant: { repeatIssue: { factor: 4, minShareOfRepeats: 40 } },
  },
  questions: [
    {
      kind: 'numeric',
      id: 'repeat-rate',
      prompt: 'What is the repeat interaction rate?',
      unit: 'percent',
      decimals: 1,
      metric: { metric: 'repeatRate' },
      hint: 'Count the rows marked as repeat contacts, divide by all interactions, multiply by 100.',
    },
    {
      kind: 'category',
      id: 'repeat-issue',
      prompt: 'Which issue type has the most repeat contacts?',
      dimension: 'issueType',
      answer: { rank: 1, by: 'repeats' },
      hint: 'Keep only the repeat contacts, then count them per issue type.',
    },
    {
      kind: 'numeric',
      id: 'repeat-issue-share',
      prompt: 'What share of all repeat contacts are about that issue type?',
      unit: 'percent',
      decimals: 1,
      metric: {
        metric: 'share',
        dimension: 'issueType',
        segment: { rank: 1, by: 'repeats' },
        among: 'repeats',
      },
      hint: 'Divide by the number of repeat contacts, not by all interactions.',
    },
    {
      kind: 'action',
      id: 'repeat-action',
      prompt: 'Where should Lumen Home start to cut repeat contacts?',
      options: [
        {
          id: 'faster',
          label: 'Answer every contact faster.',
        },
        {
          id: 'resolve-issue',
          label:
            'Fix first-contact resolution for that issue type: a clearer answer, a guide, or a fix of the cause.',
        },
        { id: 'more-agents', label: 'Add agents to handle the repeats.' },
      ],
      answer: 'resolve-issue',
      reason:
        'Most repeat contacts come from one issue type, so the first answer on that issue often does not resolve it. Resolving it the first time removes the repeats instead of handling them.',
      hint: 'A repeat means the first contact did not resolve the problem.',
    },
  ],
};
