// The shared submit hook with 议事's own line for a refused field ("请看红字提示").
import { useSubmit as useSharedSubmit, type SubmitOptions } from '../../../components/useSubmit';
import { common } from '../../../copy/governance';

export function useSubmit(options: SubmitOptions = {}) {
  return useSharedSubmit({ fixErrors: common.fixErrors, ...options });
}
