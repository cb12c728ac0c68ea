-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "accessSeq" INTEGER NOT NULL DEFAULT 0;

