module.exports = "pdf.worker.min.mjs";
