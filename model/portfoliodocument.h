// portfoliodocument.h — the open portfolio as an editable document: the value, its undo stack and
// fine-grained change signals the item models listen to.
//
// Every user edit goes through one of the edit functions below, which push exactly one QUndoCommand
// (editcommands.h). The commands call the apply*() primitives, which change the value and emit the
// matching signal; nothing else writes to the portfolio. So undo/redo and the models cannot disagree.
#pragma once

#include "model/portfolio.h"

#include <QDate>
#include <QObject>
#include <QUndoStack>

#include <functional>

namespace rb::model {

class PortfolioDocument : public QObject {
    Q_OBJECT
public:
    explicit PortfolioDocument(QObject *parent = nullptr);

    const Portfolio &portfolio() const { return m_portfolio; }
    QUndoStack *undoStack() { return &m_undo; }

    // Replaces the whole document (open, reload, merge); clears the undo history and marks it clean.
    void reset(const Portfolio &portfolio);

    // The author written into a risk's change log (the system user name by default) and "today"
    // (injectable so tests and screenshots do not depend on the calendar).
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &today) { m_today = today; }

    // ---- edits: one undoable command each ---------------------------------------------------------
    // Replaces risk `row`; appends {today, author, change} to its history.
    bool editRisk(int row, Risk risk, const QString &change);
    // Adds a risk at the end (history gets a "created" entry). Returns its row.
    int addRisk(Risk risk, const QString &change);
    bool removeRisk(int row);
    // Adds a new dated assessment; history is never overwritten.
    void addAssessment(const Assessment &assessment);
    bool editPost(int row, const Post &post, const QString &change);
    // The programme's own fields (e.g. the status date); false when nothing changes.
    bool editProgramme(const Programme &programme, const QString &change);
    // Appends a baseline (docs/format.md "baselines[]"); undo removes it again.
    void addBaseline(const Baseline &baseline, const QString &change);

    // A risk id not used yet, "R-<post>-<n>" style.
    QString newRiskId(const QString &stem) const;

    // ---- primitives used by the commands (no undo) ------------------------------------------------
    void applyRisk(int row, const Risk &risk);
    void applyInsertRisk(int row, const Risk &risk);
    void applyRemoveRisk(int row);
    void applyInsertAssessment(int row, const Assessment &assessment);
    void applyRemoveAssessment(int row);
    void applyPost(int row, const Post &post);
    void applyProgramme(const Programme &programme);
    void applyBaselines(const QList<Baseline> &baselines);

    static QString systemUserName();

signals:
    void documentReset();
    void riskChanged(int row);
    void riskAboutToBeInserted(int row);
    void riskInserted(int row);
    void riskAboutToBeRemoved(int row);
    void riskRemoved(int row);
    void assessmentsChanged(const QString &postId);
    void postChanged(int row);
    void programmeChanged();
    void baselinesChanged();
    // After any change of the value (edit, undo, redo, reset).
    void changed();

private:
    Portfolio m_portfolio;
    QUndoStack m_undo;
    QString m_author;
    QDate m_today;
};

} // namespace rb::model
