/** Placeholder: this part is being written (issue 18); its owner fills it. */
export const dataplanes = {} as const;
