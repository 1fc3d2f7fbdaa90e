import { LUMEN_HOME } from './lumen-home';
import type { Scenario } from './types';

/** Calls in which two agents, drawn per variant, take clearly longer calls than the rest. */
export const agentDurations: Scenario = {
  id: 'agent-durations',
  title: 'Who takes the long calls?',
  brief:
    'Two weeks of Lumen Home support interactions. Only calls have a duration; chats, emails and tickets leave the duration blank. A call of 600 seconds (10 minutes) or more counts as long.',
  spec: {
    ...LUMEN_HOME,
    interactions: { min: 800, max: 1100 },
    callDuration: { medianSeconds: 300, sigma: 0.45, minSeconds: 30, maxSeconds: 3600 },
    plant: {
      longCallAgents: {
        agents: 2,
        durationFactor: { min: 1.7, max: 2.4 },
        averageLeadSeconds: 15,
        thresholdSeconds: 600,
        minShareOfLongCalls: 50,
      },
    },
  },
  questions: [
    {
      kind: 'numeric',
      id: 'average-duration',
      prompt: 'What is the average call duration over all calls?',
      unit: 'seconds',
      decimals: 1,
      metric: { metric: 'averageCallDuration' },
      hint: 'Add the durations of all calls and divide by the number of calls. Chats and emails have no duration.',
    },
    {
      kind: 'category',
      id: 'longest-average-agent',
      prompt: 'Which agent has the longest average call duration?',
      dimension: 'agent',
      answer: { rank: 1, by: 'averageCallDuration' },
      hint: "Work out each agent's average: that agent's call seconds over that agent's calls.",
    },
    {
      kind: 'numeric',
      id: 'longest-agent-minutes',
      prompt: 'What is that agent’s average call duration, in minutes?',
      unit: 'minutes',
      decimals: 2,
      metric: {
        metric: 'averageCallDuration',
        of: { dimension: 'agent', segment: { rank: 1, by: 'averageCallDuration' } },
      },
      hint: 'Compute the average in seconds, then divide by 60.',
    },
    {
      kind: 'choices',
      id: 'long-call-agents',
      prompt: 'Which two agents handle the most calls of 600 seconds or more?',
      dimension: 'agent',
      answer: { top: 2, by: { callsOver: 600 } },
      hint: 'Keep only the calls of at least 600 seconds, then count them per agent.',
    },
    {
      kind: 'numeric',
      id: 'long-call-share',
      prompt: 'What share of all calls of 600 seconds or more do those two agents handle?',
      unit: 'percent',
      decimals: 1,
      metric: {
        metric: 'topKConcentration',
        dimension: 'agent',
        top: 2,
        among: { callsOver: 600 },
      },
      hint: "Add the two agents' long calls and divide by all long calls, not by all calls.",
    },
    {
      kind: 'action',
      id: 'agent-action',
      prompt: 'What should the support lead do?',
      options: [
        {
          id: 'reward-total',
          label: 'Praise the agents with the most call seconds: they work hardest.',
        },
        {
          id: 'review-long-calls',
          label:
            'Listen to the long calls of those two agents, then coach, fix tools or change what is routed to them.',
        },
        { id: 'hire', label: 'Hire more agents, because calls take long overall.' },
      ],
      answer: 'review-long-calls',
      reason:
        'Two agents hold most of the long calls and clearly longer averages, so the cause sits with them: a skill gap, a tool, or harder cases sent their way. Total seconds reward taking many calls, not handling them well.',
      hint: 'Compare agents by average, and ask where the long calls concentrate.',
    },
  ],
};
