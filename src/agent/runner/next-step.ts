// What follows a step: its on_success_action / on_fail_action (sp_add_jobstep (Transact-SQL)).
import { STEP_ACTION } from '../../codes/job-codes';
import type { JobDefinition, JobStepDefinition } from './job-definition';

export type NextMove =
  | { readonly kind: 'quit'; readonly succeeded: boolean }
  | { readonly kind: 'step'; readonly stepId: number };

export function nextMove(job: JobDefinition, step: JobStepDefinition, succeeded: boolean): NextMove {
  const action = succeeded ? step.onSuccessAction : step.onFailAction;
  const target = succeeded ? step.onSuccessStepId : step.onFailStepId;
  switch (action) {
    case STEP_ACTION.QUIT_WITH_SUCCESS:
      return { kind: 'quit', succeeded: true };
    case STEP_ACTION.QUIT_WITH_FAILURE:
      return { kind: 'quit', succeeded: false };
    case STEP_ACTION.GO_TO_NEXT_STEP: {
      // After the last step "go to the next step" ends the job with that step's own outcome.
      const next = job.steps.find((s) => s.stepId === step.stepId + 1);
      return next ? { kind: 'step', stepId: next.stepId } : { kind: 'quit', succeeded };
    }
    case STEP_ACTION.GO_TO_STEP:
      // sp_add_jobstep validates the target; one deleted since then fails the job.
      return job.steps.some((s) => s.stepId === target) ? { kind: 'step', stepId: target } : { kind: 'quit', succeeded: false };
    default:
      return { kind: 'quit', succeeded: false };
  }
}
