"""briefx models: training recipes; trained artifacts and model cards live in subfolders."""
