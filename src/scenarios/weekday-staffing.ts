import { LUMEN_HOME } from './lumen-home';
import type { Scenario } from './types';

/** Four weeks in which Monday and Tuesday carry about half of all contacts. */
export const weekdayStaffing: Scenario = {
  id: 'weekday-staffing',
  title: 'When does the week get busy?',
  brief:
    'Four weeks of Lumen Home support interactions, Monday 2 November to Sunday 29 November 2026. Each weekday occurs four times.',
  spec: {
    ...LUMEN_HOME,
    weeks: 4,
    interactions: { min: 1200, max: 1600 },
    uniqueLeaders: ['weekday'],
    plant: { weekdayShare: { weekdays: ['Monday', 'Tuesday'], share: { min: 46, max: 54 } } },
  },
  questions: [
    {
      kind: 'category',
      id: 'peak-weekday',
      prompt: 'Which weekday has the most interactions?',
      dimension: 'weekday',
      answer: { rank: 1 },
      hint: 'Count the interactions per weekday over all four weeks.',
    },
    {
      kind: 'numeric',
      id: 'monday-count',
      prompt: 'How many interactions fall on Mondays in the four weeks?',
      unit: 'count',
      decimals: 0,
      metric: { metric: 'count', dimension: 'weekday', segment: { label: 'Monday' } },
      hint: 'Add the interactions of all four Mondays.',
    },
    {
      kind: 'numeric',
      id: 'early-week-share',
      prompt: 'What share of all interactions fall on Monday or Tuesday?',
      unit: 'percent',
      decimals: 1,
      metric: { metric: 'weekdayConcentration', weekdays: ['Monday', 'Tuesday'] },
      hint: 'Add the Monday and Tuesday interactions first, then divide by all interactions.',
    },
    {
      kind: 'action',
      id: 'staffing-action',
      prompt: 'How should the team plan its staff?',
      options: [
        { id: 'even', label: 'The same number of agents every weekday.' },
        {
          id: 'early-week',
          label: 'More agents on Monday and Tuesday, fewer later in the week and at the weekend.',
        },
        { id: 'weekend', label: 'More agents at the weekend, when customers have time.' },
      ],
      answer: 'early-week',
      reason:
        'Two of seven days carry about half of the week. Even staffing leaves the early week short and the rest idle; matching shifts to the weekday profile fixes both.',
      hint: 'Compare the early-week share with the two days out of seven it would be if demand were even.',
    },
  ],
};
