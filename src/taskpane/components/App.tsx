import { Body1, makeStyles, Title2, tokens } from "@fluentui/react-components";

export interface AppProps {
  title: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  title: {
    color: tokens.colorBrandForeground1,
  },
});

/** Task pane shell: title and purpose; the content arrives with the task-pane issue. */
export default function App({ title }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1" className={styles.title}>
        {title}
      </Title2>
      <Body1 as="p">
        Ce volet permettra de suivre les conventions de délégation de gestion : plafonds AE/CP,
        contrôles Chorus et rapport.
      </Body1>
    </main>
  );
}
