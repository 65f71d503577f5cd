/** The Jsonnet syntax tree. Every node carries its 1-based source position. */

export interface Position {
  readonly line: number;
  readonly column: number;
}

interface NodeBase {
  readonly loc: Position;
}

export type Visibility = 'default' | 'hidden' | 'forced';

export interface Param {
  readonly name: string;
  readonly defaultValue?: Expr;
  readonly loc: Position;
}

export interface Bind {
  readonly name: string;
  readonly value: Expr;
  readonly loc: Position;
}

export interface NamedArg {
  readonly name: string;
  readonly value: Expr;
}

export type CompSpec =
  | { readonly kind: 'for'; readonly varName: string; readonly source: Expr; readonly loc: Position }
  | { readonly kind: 'if'; readonly condition: Expr; readonly loc: Position };

export interface FieldMember {
  readonly kind: 'field';
  /** the field name: a string literal for `id:` / `'id':`, any expression for `[e]:` */
  readonly name: Expr;
  readonly computed: boolean;
  readonly visibility: Visibility;
  readonly plus: boolean;
  readonly value: Expr;
  readonly loc: Position;
}

export interface AssertMember {
  readonly kind: 'assert';
  readonly condition: Expr;
  readonly message?: Expr;
  readonly loc: Position;
}

export interface LocalMember {
  readonly kind: 'local';
  readonly bind: Bind;
}

export type ObjectMember = FieldMember | AssertMember | LocalMember;

export type BinaryOp =
  | '*' | '/' | '%' | '+' | '-' | '<<' | '>>' | '<' | '<=' | '>' | '>=' | '==' | '!=' | 'in'
  | '&' | '^' | '|' | '&&' | '||';

export type UnaryOp = '-' | '+' | '!' | '~';

export type Expr =
  | (NodeBase & { readonly type: 'Literal'; readonly value: null | boolean | number | string })
  | (NodeBase & { readonly type: 'Self' })
  | (NodeBase & { readonly type: 'Dollar' })
  | (NodeBase & { readonly type: 'Var'; readonly name: string })
  | (NodeBase & { readonly type: 'SuperIndex'; readonly index: Expr })
  | (NodeBase & { readonly type: 'InSuper'; readonly key: Expr })
  | (NodeBase & { readonly type: 'Array'; readonly elements: readonly Expr[] })
  | (NodeBase & { readonly type: 'ArrayComp'; readonly body: Expr; readonly specs: readonly CompSpec[] })
  | (NodeBase & { readonly type: 'Object'; readonly members: readonly ObjectMember[] })
  | (NodeBase & {
      readonly type: 'ObjectComp';
      readonly locals: readonly Bind[];
      readonly key: Expr;
      readonly visibility: Visibility;
      readonly plus: boolean;
      readonly value: Expr;
      readonly specs: readonly CompSpec[];
    })
  | (NodeBase & { readonly type: 'Index'; readonly target: Expr; readonly index: Expr; readonly name?: string })
  | (NodeBase & {
      readonly type: 'Slice';
      readonly target: Expr;
      readonly start?: Expr;
      readonly end?: Expr;
      readonly step?: Expr;
    })
  | (NodeBase & {
      readonly type: 'Apply';
      readonly fn: Expr;
      readonly args: readonly Expr[];
      readonly named: readonly NamedArg[];
      readonly tailstrict: boolean;
    })
  | (NodeBase & { readonly type: 'Local'; readonly binds: readonly Bind[]; readonly body: Expr })
  | (NodeBase & { readonly type: 'If'; readonly condition: Expr; readonly then: Expr; readonly else?: Expr })
  | (NodeBase & { readonly type: 'Binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr })
  | (NodeBase & { readonly type: 'Unary'; readonly op: UnaryOp; readonly operand: Expr })
  | (NodeBase & { readonly type: 'Function'; readonly params: readonly Param[]; readonly body: Expr; name?: string })
  | (NodeBase & { readonly type: 'Assert'; readonly condition: Expr; readonly message?: Expr; readonly rest: Expr })
  | (NodeBase & { readonly type: 'Import'; readonly kind: 'import' | 'importstr' | 'importbin'; readonly path: string })
  | (NodeBase & { readonly type: 'Error'; readonly value: Expr });

export type ExprOf<T extends Expr['type']> = Extract<Expr, { type: T }>;

/** A parsed program: its root expression and the file name used in locations. */
export interface Ast {
  readonly root: Expr;
  readonly filename: string;
}
