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

// Inserts a risk at `row` (insert = true) or removes it (false); undo does the opposite.
class InsertRemoveRiskCommand : public QUndoCommand {
public:
    InsertRemoveRiskCommand(PortfolioDocument *doc, int row, Risk risk, bool insert, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(bool insert);
    PortfolioDocument *m_doc;
    int m_row;
    Risk m_risk;
    bool m_insert;
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

class EditProgrammeCommand : public QUndoCommand {
public:
    EditProgrammeCommand(PortfolioDocument *doc, Programme before, Programme after, const QString &text);
    void redo() override;
    void undo() override;

private:
    PortfolioDocument *m_doc;
    Programme m_before, m_after;
};

// Replaces the whole list of baselines (taking one appends; undo restores the list before).
class EditBaselinesCommand : public QUndoCommand {
public:
    EditBaselinesCommand(PortfolioDocument *doc, QList<Baseline> before, QList<Baseline> after, const QString &text);
    void redo() override;
    void undo() override;

private:
    PortfolioDocument *m_doc;
    QList<Baseline> m_before, m_after;
};

} // namespace rb::model
