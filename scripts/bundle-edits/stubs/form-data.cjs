// Stands in for the `form-data` package inside the bundle. axios (through @ory/client) imports it
// for multipart request bodies, which no Ory call of this action sends; the real package brings
// mime-db with it (about 270 KB of bundle and 20 ms of every start). Should a multipart body ever
// be built, this fails loudly instead of sending something wrong.
module.exports = class FormData {
  constructor() {
    throw new Error('multipart request bodies are not part of the ory-actions-gitops bundle');
  }
};
