/** Where the build puts the bundled release inside the extension package. */
export const BUNDLED_DATASET_PATH = 'dataset/bundled.json';
