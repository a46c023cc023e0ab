/** Term, milestone and source ids: kebab-case, lowercase letters and digits ("mon-espace-sante"). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
