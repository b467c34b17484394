// editcommands.h — one QUndoCommand per kind of edit of a portfolio. Each stores the values before
// and after, so redo and undo are exact inverses (tested in tests/qml/tst_portfoliodocument.cpp).
#pragma once

#include "model/portfolio.h"

#include <QUndoCommand>

namespace rb::model {

class PortfolioDocument;

class EditRiskCommand : public QUndoCommand {
public:
    EditRiskCommand(PortfolioDocument *doc, int row, Risk before, Risk after, const QString &text);
    void redo() override;
    void undo() override;

private:
    PortfolioDocument *m_doc;
    int m_row;
    Risk m_before, m_after;
};

class InsertRiskCommand : public QUndoCommand {
public:
    InsertRiskCommand(PortfolioDocument *doc, int row, Risk risk, const QString &text);
    void redo() override;
    void undo() override;

private:
    PortfolioDocument *m_doc;
    int m_row;
    Risk m_risk;
};

class RemoveRiskCommand : public QUndoCommand {
public:
    RemoveRiskCommand(PortfolioDocument *doc, int row, Risk risk, const QString &text);
    void redo() override;
    void undo() override;

private:
    PortfolioDocument *m_doc;
    int m_row;
    Risk m_risk;
};

class AddAssessmentCommand : public QUndoCommand {
public:
    AddAssessmentCommand(PortfolioDocument *doc, int row, Assessment assessment, const QString &text);
    void redo() override;
    void undo() override;

private:
    PortfolioDocument *m_doc;
    int m_row;
    Assessment m_assessment;
};

class EditPostCommand : public QUndoCommand {
public:
    EditPostCommand(PortfolioDocument *doc, int row, Post before, Post after, const QString &text);
    void redo() override;
    void undo() override;

private:
    PortfolioDocument *m_doc;
    int m_row;
    Post m_before, m_after;
};

} // namespace rb::model
