// editcommands.cpp
#include "model/editcommands.h"

#include "model/portfoliodocument.h"

namespace rb::model {

EditRiskCommand::EditRiskCommand(PortfolioDocument *doc, int row, Risk before, Risk after, const QString &text)
    : QUndoCommand(text), m_doc(doc), m_row(row), m_before(std::move(before)), m_after(std::move(after))
{}
void EditRiskCommand::redo() { m_doc->applyRisk(m_row, m_after); }
void EditRiskCommand::undo() { m_doc->applyRisk(m_row, m_before); }

InsertRemoveRiskCommand::InsertRemoveRiskCommand(PortfolioDocument *doc, int row, Risk risk, bool insert,
                                                 const QString &text)
    : QUndoCommand(text), m_doc(doc), m_row(row), m_risk(std::move(risk)), m_insert(insert)
{}
void InsertRemoveRiskCommand::redo() { apply(m_insert); }
void InsertRemoveRiskCommand::undo() { apply(!m_insert); }
void InsertRemoveRiskCommand::apply(bool insert)
{
    if (insert)
        m_doc->applyInsertRisk(m_row, m_risk);
    else
        m_doc->applyRemoveRisk(m_row);
}

AddAssessmentCommand::AddAssessmentCommand(PortfolioDocument *doc, int row, Assessment assessment, const QString &text)
    : QUndoCommand(text), m_doc(doc), m_row(row), m_assessment(std::move(assessment))
{}
void AddAssessmentCommand::redo() { m_doc->applyInsertAssessment(m_row, m_assessment); }
void AddAssessmentCommand::undo() { m_doc->applyRemoveAssessment(m_row); }

EditPostCommand::EditPostCommand(PortfolioDocument *doc, int row, Post before, Post after, const QString &text)
    : QUndoCommand(text), m_doc(doc), m_row(row), m_before(std::move(before)), m_after(std::move(after))
{}
void EditPostCommand::redo() { m_doc->applyPost(m_row, m_after); }
void EditPostCommand::undo() { m_doc->applyPost(m_row, m_before); }

EditProgrammeCommand::EditProgrammeCommand(PortfolioDocument *doc, Programme before, Programme after,
                                           const QString &text)
    : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
{}
void EditProgrammeCommand::redo() { m_doc->applyProgramme(m_after); }
void EditProgrammeCommand::undo() { m_doc->applyProgramme(m_before); }

EditBaselinesCommand::EditBaselinesCommand(PortfolioDocument *doc, QList<Baseline> before, QList<Baseline> after,
                                           const QString &text)
    : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
{}
void EditBaselinesCommand::redo() { m_doc->applyBaselines(m_after); }
void EditBaselinesCommand::undo() { m_doc->applyBaselines(m_before); }

} // namespace rb::model
