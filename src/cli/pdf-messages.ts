export const MSG_PDF_SAME_FILE =
  "le PDF (--pdf) ne peut être ni le classeur d\x27origine ni sa copie (--out)";
