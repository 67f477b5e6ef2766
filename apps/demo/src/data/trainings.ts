import type { TrainingSession } from '@qingyuan/core';
import { pilotTrainings } from '@qingyuan/core/examples';

/**
 * The capacity building before the 2007 round: the examples' two-day training for the
 * residents' committees' staff and the able-people workshop (能人工作坊). The case study tells
 * of both; dates and attendance are the examples' (made up). A team member's trainings show
 * beside their name on the execution screen.
 */
export const demoTrainings: readonly TrainingSession[] = pilotTrainings;
